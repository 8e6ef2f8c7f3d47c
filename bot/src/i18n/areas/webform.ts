/** Messages of the webform area, in every language (K1). Each key must exist in all three. */
export const webformEn = {
} as const;

type Keys = keyof typeof webformEn;

export const webformDa: Record<Keys, string> = {
};

export const webformSv: Record<Keys, string> = {
};
