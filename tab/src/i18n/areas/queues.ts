/** Messages of the queues area, in every language (K1). Each key must exist in all three. */
export const queuesEn = {
  'queues.title': 'My work',
} as const;

type Keys = keyof typeof queuesEn;

export const queuesDa: Record<Keys, string> = {
  'queues.title': 'Mit arbejde',
};

export const queuesSv: Record<Keys, string> = {
  'queues.title': 'Mitt arbete',
};
