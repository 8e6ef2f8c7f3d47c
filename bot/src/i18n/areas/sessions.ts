/** Messages of the customer chat sessions (I1–I7: domain errors, system notes) area, in every language (K1). Each key must exist in all three. */
export const sessionsEn = {
  'sessions.title': 'Customer chat',
} as const;

type Keys = keyof typeof sessionsEn;

export const sessionsDa: Record<Keys, string> = {
  'sessions.title': 'Kundechat',
};

export const sessionsSv: Record<Keys, string> = {
  'sessions.title': 'Kundchatt',
};
