/** Messages of the actions area, in every language (K1). Each key must exist in all three. */
export const actionsEn = {
  'actions.title': 'Actions',
} as const;

type Keys = keyof typeof actionsEn;

export const actionsDa: Record<Keys, string> = {
  'actions.title': 'Handlinger',
};

export const actionsSv: Record<Keys, string> = {
  'actions.title': 'Åtgärder',
};
