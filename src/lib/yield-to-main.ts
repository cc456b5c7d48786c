/** Lets the browser paint and handle input before long work goes on (a new task). */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
