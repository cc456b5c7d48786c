/** The Korean catalog must have exactly the English catalog's keys, every leaf a string. */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
