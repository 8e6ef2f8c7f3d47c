/** Messages of the notify area, in every language (K1). Each key must exist in all three. */
export const notifyEn = {
  'notify.title': 'Notifications',
  'notify.teams.label': 'Tell me in Teams about my work',
  'notify.teams.hint': 'When a case is assigned or transferred to you, or a customer replies on your case: an activity-feed notification and a card in your chat with Casebridge.',
} as const;

type Keys = keyof typeof notifyEn;

export const notifyDa: Record<Keys, string> = {
  'notify.title': 'Notifikationer',
  'notify.teams.label': 'Giv mig besked i Teams om mit arbejde',
  'notify.teams.hint': 'Når en sag tildeles eller overdrages til dig, eller en kunde svarer på din sag: en notifikation i aktivitetsfeedet og et kort i din chat med Casebridge.',
};

export const notifySv: Record<Keys, string> = {
  'notify.title': 'Aviseringar',
  'notify.teams.label': 'Meddela mig i Teams om mitt arbete',
  'notify.teams.hint': 'När ett ärende tilldelas eller överlämnas till dig, eller när en kund svarar i ditt ärende: en avisering i aktivitetsflödet och ett kort i din chatt med Casebridge.',
};
