/** Messages of the mail area, in every language (K1). Each key must exist in all three. */
export const mailEn = {
} as const;

type Keys = keyof typeof mailEn;

export const mailDa: Record<Keys, string> = {
};

export const mailSv: Record<Keys, string> = {
};
