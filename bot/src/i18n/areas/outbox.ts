/** Messages of the outbox area, in every language (K1). Each key must exist in all three. */
export const outboxEn = {
} as const;

type Keys = keyof typeof outboxEn;

export const outboxDa: Record<Keys, string> = {
};

export const outboxSv: Record<Keys, string> = {
};
