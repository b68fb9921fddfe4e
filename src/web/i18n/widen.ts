/** The shape of a Vietnamese text table with every string widened, for its English twin. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
