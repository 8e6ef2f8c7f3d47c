/** Messages of the tab's hidden entries and private notes (J4, J5), in every language (K1). Each key must exist in all three. */
export const privacyEn = {
  'privacy.kind.privateNote': 'Private note',
  'privacy.filter.group': 'Only you',
  'privacy.hide': 'Hide for me',
  'privacy.hide.label': 'Hide this entry for you only. Others still see it.',
  'privacy.show': 'Show again',
  'privacy.hidden.badge': 'Hidden for you',
  'privacy.showHidden': 'Show hidden ({count})',
  'privacy.hideHidden': 'Hide hidden ({count})',
  'privacy.entry.privateNote': 'You wrote a private note',
  'privacy.onlyYou': 'Only you can see this',
  'privacy.delete': 'Delete',
  'privacy.delete.label': 'Delete your private note',
  'privacy.compose.private': 'Private: only you can see it',
  'privacy.compose.privateHint': 'A private note is never shown to the customer, your colleagues, the people you act for, managers or administrators.',
  'privacy.compose.savedPrivate': 'Private note saved. Only you can see it.',
};

type Keys = keyof typeof privacyEn;

export const privacyDa: Record<Keys, string> = {
  'privacy.kind.privateNote': 'Privat note',
  'privacy.filter.group': 'Kun dig',
  'privacy.hide': 'Skjul for mig',
  'privacy.hide.label': 'Skjul denne hændelse kun for dig. Andre kan stadig se den.',
  'privacy.show': 'Vis igen',
  'privacy.hidden.badge': 'Skjult for dig',
  'privacy.showHidden': 'Vis skjulte ({count})',
  'privacy.hideHidden': 'Skjul skjulte ({count})',
  'privacy.entry.privateNote': 'Du skrev en privat note',
  'privacy.onlyYou': 'Kun du kan se dette',
  'privacy.delete': 'Slet',
  'privacy.delete.label': 'Slet din private note',
  'privacy.compose.private': 'Privat: kun du kan se den',
  'privacy.compose.privateHint': 'En privat note vises aldrig for kunden, dine kolleger, dem du handler på vegne af, ledere eller administratorer.',
  'privacy.compose.savedPrivate': 'Den private note er gemt. Kun du kan se den.',
};

export const privacySv: Record<Keys, string> = {
  'privacy.kind.privateNote': 'Privat anteckning',
  'privacy.filter.group': 'Bara du',
  'privacy.hide': 'Dölj för mig',
  'privacy.hide.label': 'Dölj den här händelsen bara för dig. Andra ser den fortfarande.',
  'privacy.show': 'Visa igen',
  'privacy.hidden.badge': 'Dold för dig',
  'privacy.showHidden': 'Visa dolda ({count})',
  'privacy.hideHidden': 'Dölj dolda ({count})',
  'privacy.entry.privateNote': 'Du skrev en privat anteckning',
  'privacy.onlyYou': 'Bara du kan se detta',
  'privacy.delete': 'Ta bort',
  'privacy.delete.label': 'Ta bort din privata anteckning',
  'privacy.compose.private': 'Privat: bara du kan se den',
  'privacy.compose.privateHint': 'En privat anteckning visas aldrig för kunden, dina kollegor, dem du agerar åt, chefer eller administratörer.',
  'privacy.compose.savedPrivate': 'Den privata anteckningen är sparad. Bara du kan se den.',
};
