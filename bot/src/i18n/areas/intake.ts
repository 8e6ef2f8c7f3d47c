/** Messages of the intake area (H1, H4), in every language (K1). Each key must exist in all three. */
export const intakeEn = {
  'issue.addressTaken': 'The address {address} is already the support address of another record type or organization.',
  'issue.addressNotAllowed': 'Your organization may not use {address} as a support address. Use an address at one of your organization\'s mail domains, or ask the Casebridge operator to add the domain.',
  'intake.noSubject': '(no subject)',
  'intake.ack.subject': 'We have received your request: {title}',
  'intake.ack.body': 'Dear {name},\n\nThank you for contacting us. We have received your request and registered it as {number}: {title}.\n\nWe will get back to you as soon as we can. If you write to us about this request, please keep {number} in the subject.\n\nKind regards\n{agent}',
  'intake.ack.agentFallback': 'Customer service',
  'intake.phone.defaultSubject': 'Phone call',
  'error.intake.noPerson': 'Choose the caller, or give their name with an e-mail address or phone number.',
  'error.intake.noIntake': 'Requests for this record type are not received here.',
  'error.attachmentNotFound': 'That attachment does not exist, or you may not see it.',
} as const;

type Keys = keyof typeof intakeEn;

export const intakeDa: Record<Keys, string> = {
  'issue.addressTaken': 'Adressen {address} er allerede supportadresse for en anden posttype eller organisation.',
  'issue.addressNotAllowed': 'Jeres organisation må ikke bruge {address} som supportadresse. Brug en adresse på et af organisationens maildomæner, eller bed Casebridge-operatøren om at tilføje domænet.',
  'intake.noSubject': '(intet emne)',
  'intake.ack.subject': 'Vi har modtaget din henvendelse: {title}',
  'intake.ack.body': 'Kære {name}\n\nTak for din henvendelse. Vi har modtaget den og registreret den som {number}: {title}.\n\nVi vender tilbage hurtigst muligt. Hvis du skriver til os om denne henvendelse, så behold venligst {number} i emnefeltet.\n\nMed venlig hilsen\n{agent}',
  'intake.ack.agentFallback': 'Kundeservice',
  'intake.phone.defaultSubject': 'Telefonopkald',
  'error.intake.noPerson': 'Vælg den, der ringer, eller angiv navn med e-mailadresse eller telefonnummer.',
  'error.intake.noIntake': 'Henvendelser for denne posttype modtages ikke her.',
  'error.attachmentNotFound': 'Den vedhæftede fil findes ikke, eller du har ikke adgang til den.',
};

export const intakeSv: Record<Keys, string> = {
  'issue.addressTaken': 'Adressen {address} är redan supportadress för en annan posttyp eller organisation.',
  'issue.addressNotAllowed': 'Er organisation får inte använda {address} som supportadress. Använd en adress på någon av organisationens e-postdomäner, eller be Casebridge-operatören att lägga till domänen.',
  'intake.noSubject': '(inget ämne)',
  'intake.ack.subject': 'Vi har tagit emot ditt ärende: {title}',
  'intake.ack.body': 'Hej {name},\n\nTack för att du kontaktade oss. Vi har tagit emot ditt ärende och registrerat det som {number}: {title}.\n\nVi återkommer så snart vi kan. Om du skriver till oss om det här ärendet, behåll {number} i ämnesraden.\n\nMed vänliga hälsningar\n{agent}',
  'intake.ack.agentFallback': 'Kundtjänst',
  'intake.phone.defaultSubject': 'Telefonsamtal',
  'error.intake.noPerson': 'Välj den som ringer, eller ange namn med e-postadress eller telefonnummer.',
  'error.intake.noIntake': 'Ärenden för den här posttypen tas inte emot här.',
  'error.attachmentNotFound': 'Bilagan finns inte, eller så får du inte se den.',
};
