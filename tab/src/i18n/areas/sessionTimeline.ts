/** Messages of a customer chat session's events on a case's timeline (I2), in every language (K1). Each key must exist in all three. */
export const sessionTimelineEn = {
  'timeline.kind.chatSession': 'Customer chat',
  'timeline.entry.chatSession.started': 'A customer started a chat',
  'timeline.entry.chatSession.transferred': '{actor} offered the customer chat to a colleague',
  'timeline.entry.chatSession.accepted': '{actor} accepted the customer chat',
  'timeline.entry.chatSession.declined': '{actor} declined the customer chat',
  'timeline.entry.chatSession.cancelled': '{actor} withdrew the transfer of the customer chat',
  'timeline.entry.chatSession.expired': 'Nobody answered the transfer of the customer chat in time',
  'timeline.entry.chatSession.takenOver': '{actor} took over the customer chat',
  'timeline.entry.chatSession.closed': 'The customer chat ended',
  'timeline.entry.chatSession.caseMade': '{actor} made this case from a customer chat',
} as const;

type Keys = keyof typeof sessionTimelineEn;

export const sessionTimelineDa: Record<Keys, string> = {
  'timeline.kind.chatSession': 'Kundechat',
  'timeline.entry.chatSession.started': 'En kunde startede en chat',
  'timeline.entry.chatSession.transferred': '{actor} tilbød kundechatten til en kollega',
  'timeline.entry.chatSession.accepted': '{actor} accepterede kundechatten',
  'timeline.entry.chatSession.declined': '{actor} afviste kundechatten',
  'timeline.entry.chatSession.cancelled': '{actor} annullerede overførslen af kundechatten',
  'timeline.entry.chatSession.expired': 'Ingen svarede i tide på overførslen af kundechatten',
  'timeline.entry.chatSession.takenOver': '{actor} overtog kundechatten',
  'timeline.entry.chatSession.closed': 'Kundechatten blev afsluttet',
  'timeline.entry.chatSession.caseMade': '{actor} oprettede denne sag ud fra en kundechat',
};

export const sessionTimelineSv: Record<Keys, string> = {
  'timeline.kind.chatSession': 'Kundchatt',
  'timeline.entry.chatSession.started': 'En kund startade en chatt',
  'timeline.entry.chatSession.transferred': '{actor} erbjöd kundchatten till en kollega',
  'timeline.entry.chatSession.accepted': '{actor} accepterade kundchatten',
  'timeline.entry.chatSession.declined': '{actor} avböjde kundchatten',
  'timeline.entry.chatSession.cancelled': '{actor} avbröt överföringen av kundchatten',
  'timeline.entry.chatSession.expired': 'Ingen svarade i tid på överföringen av kundchatten',
  'timeline.entry.chatSession.takenOver': '{actor} tog över kundchatten',
  'timeline.entry.chatSession.closed': 'Kundchatten avslutades',
  'timeline.entry.chatSession.caseMade': '{actor} skapade det här ärendet från en kundchatt',
};
