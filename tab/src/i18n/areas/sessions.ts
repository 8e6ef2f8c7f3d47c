/** Messages of the the tab's customer chat views (I1–I7) area, in every language (K1). Each key must exist in all three. */
export const sessionsEn = {
  'sessions.nav': 'Chats',
} as const;

type Keys = keyof typeof sessionsEn;

export const sessionsDa: Record<Keys, string> = {
  'sessions.nav': 'Chats',
};

export const sessionsSv: Record<Keys, string> = {
  'sessions.nav': 'Chattar',
};
