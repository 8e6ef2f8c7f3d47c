/** Messages of the the chat WebSocket edges (I: close reasons and errors) area, in every language (K1). Each key must exist in all three. */
export const realtimeEn = {
  'realtime.closed': 'The chat connection closed.',
} as const;

type Keys = keyof typeof realtimeEn;

export const realtimeDa: Record<Keys, string> = {
  'realtime.closed': 'Chatforbindelsen blev lukket.',
};

export const realtimeSv: Record<Keys, string> = {
  'realtime.closed': 'Chattanslutningen stängdes.',
};
