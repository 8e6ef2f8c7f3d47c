/** Messages of the queues area, in every language (K1). Each key must exist in all three. */
export const queuesEn = {
  'queues.title': 'My work',
  'error.queues.empty': 'There is no unassigned open case in your teams right now.',
  'error.queues.notYourTeam': 'You are not a member of this team.',
  'issue.queues.queryNoWords': 'type at least one word or number',
  'issue.queues.queryTooManyWords': 'use at most {max} words',
} as const;

type Keys = keyof typeof queuesEn;

export const queuesDa: Record<Keys, string> = {
  'queues.title': 'Mit arbejde',
  'error.queues.empty': 'Der er ingen åbne sager uden ejer i dine teams lige nu.',
  'error.queues.notYourTeam': 'Du er ikke medlem af dette team.',
  'issue.queues.queryNoWords': 'skriv mindst ét ord eller nummer',
  'issue.queues.queryTooManyWords': 'brug højst {max} ord',
};

export const queuesSv: Record<Keys, string> = {
  'queues.title': 'Mitt arbete',
  'error.queues.empty': 'Det finns inga öppna ärenden utan ägare i dina team just nu.',
  'error.queues.notYourTeam': 'Du är inte medlem i det här teamet.',
  'issue.queues.queryNoWords': 'skriv minst ett ord eller nummer',
  'issue.queues.queryTooManyWords': 'använd högst {max} ord',
};
