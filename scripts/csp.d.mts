export declare const prerenderChoiceScript: string;
export declare const prerenderChoiceHash: string;
export declare const contentSecurityPolicy: string;
