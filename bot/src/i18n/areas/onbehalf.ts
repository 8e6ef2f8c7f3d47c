/** Messages of actions taken for a delegator and how history says so (J2), in every language (K1). Each key must exist in all three. */
export const onbehalfEn = {
  'onbehalf.refused.policyOff': 'Delegation is turned off for you or for them by your administrator.',
  'onbehalf.refused.notInEffect': 'You are not a delegate of this person (any more).',
  'onbehalf.refused.notTheirs': 'This is not their work: a delegate acts only on the cases and chats of the person they act for.',
  'onbehalf.refused.theyMayNot': 'The person you act for may not do this here, so neither may you on their behalf.',
  'onbehalf.refused.notACase': 'Only cases (and chats) can be handled on someone else\'s behalf, not other kinds of records.',
};

type Keys = keyof typeof onbehalfEn;

export const onbehalfDa: Record<Keys, string> = {
  'onbehalf.refused.policyOff': 'Din administrator har slået stedfortrædere fra for dig eller for dem.',
  'onbehalf.refused.notInEffect': 'Du er ikke (længere) stedfortræder for denne person.',
  'onbehalf.refused.notTheirs': 'Det her er ikke deres arbejde: en stedfortræder handler kun på sager og chats hos den, de er stedfortræder for.',
  'onbehalf.refused.theyMayNot': 'Den, du handler for, må ikke gøre dette her, og derfor må du heller ikke på deres vegne.',
  'onbehalf.refused.notACase': 'Kun sager (og chats) kan behandles på en andens vegne, ikke andre typer poster.',
};

export const onbehalfSv: Record<Keys, string> = {
  'onbehalf.refused.policyOff': 'Din administratör har stängt av delegering för dig eller för dem.',
  'onbehalf.refused.notInEffect': 'Du är inte (längre) ombud för den här personen.',
  'onbehalf.refused.notTheirs': 'Det här är inte deras arbete: ett ombud agerar bara på ärenden och chattar hos den de är ombud för.',
  'onbehalf.refused.theyMayNot': 'Den du agerar för får inte göra detta här, och därför får inte heller du det för deras räkning.',
  'onbehalf.refused.notACase': 'Bara ärenden (och chattar) kan hanteras för någon annans räkning, inte andra typer av poster.',
};
