/** Messages of hidden history entries and private notes (J4, J5), in every language (K1). Each key must exist in all three. */
export const privacyEn = {
};

type Keys = keyof typeof privacyEn;

export const privacyDa: Record<Keys, string> = {
};

export const privacySv: Record<Keys, string> = {
};
