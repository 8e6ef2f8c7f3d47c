/** Messages of the notify area, in every language (K1). Each key must exist in all three. */
export const notifyEn = {
  'notify.title': 'Notifications',
} as const;

type Keys = keyof typeof notifyEn;

export const notifyDa: Record<Keys, string> = {
  'notify.title': 'Notifikationer',
};

export const notifySv: Record<Keys, string> = {
  'notify.title': 'Aviseringar',
};
