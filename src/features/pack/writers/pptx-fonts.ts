/** Korean-capable faces: Windows Office knows "Malgun Gothic" (맑은 고딕), and so does Hancom. */
export const FONT_KO = 'Malgun Gothic';
export const FONT_EN = 'Calibri';
