/** Messages of the compose area, in every language (K1). Each key must exist in all three. */
export const composeEn = {
  'compose.title': 'Reply',
} as const;

type Keys = keyof typeof composeEn;

export const composeDa: Record<Keys, string> = {
  'compose.title': 'Svar',
};

export const composeSv: Record<Keys, string> = {
  'compose.title': 'Svara',
};
