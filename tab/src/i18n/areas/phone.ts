/** Messages of the phone area, in every language (K1). Each key must exist in all three. */
export const phoneEn = {
} as const;

type Keys = keyof typeof phoneEn;

export const phoneDa: Record<Keys, string> = {
};

export const phoneSv: Record<Keys, string> = {
};
