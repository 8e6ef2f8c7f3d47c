/** Messages of the the Teams cards and bot replies of customer chat (I1, I4, I5) area, in every language (K1). Each key must exist in all three. */
export const sessioncardsEn = {
  'sessioncards.transferTitle': 'Chat transfer',
} as const;

type Keys = keyof typeof sessioncardsEn;

export const sessioncardsDa: Record<Keys, string> = {
  'sessioncards.transferTitle': 'Overførsel af chat',
};

export const sessioncardsSv: Record<Keys, string> = {
  'sessioncards.transferTitle': 'Överföring av chatt',
};
