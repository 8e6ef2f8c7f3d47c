/** Messages of the conversations area, in every language (K1). Each key must exist in all three. */
export const conversationsEn = {
} as const;

type Keys = keyof typeof conversationsEn;

export const conversationsDa: Record<Keys, string> = {
};

export const conversationsSv: Record<Keys, string> = {
};
