/**
 * Messages of customer chat sessions taken, parked and picked up for a delegator (J2, J6), in every
 * language (K1). Each key must exist in all three. `customer.*` is what the customer reads in the
 * chat widget (written into the note's text in the visitor's language: the widget shows the text
 * of a note it has no words of its own for); `{name}` is the agent, `{for}` the delegator.
 */
export const sessiondelegationEn = {
  'sessiondelegation.issue.delegatorView': 'Filter by delegator only in the list of chats delegated to you (view=delegated).',
  'sessiondelegation.error.notYourDelegator': 'You are not a delegate of this person, so their chats are not in your list.',
  'sessiondelegation.customer.takenFor': '{name} is now helping you in place of {for}.',
  'sessiondelegation.customer.parked': 'One moment – {for} will be with you shortly.',
  'sessiondelegation.customer.pickedUp': '{name} has joined the chat.',
  'sessiondelegation.error.notHandling': 'Only the agent handling the chat can park it.',
  'sessiondelegation.error.notTheirs': 'You do not handle this chat for {name}. You can park a chat only for the person you took it for.',
  'sessiondelegation.error.parked': 'The chat is already parked for {name}.',
  'sessiondelegation.error.transferPending': 'The chat is being offered to {name}. Wait for the answer or withdraw the offer before you park it.',
  'sessiondelegation.error.notParked': 'The chat is not parked (any more), so there is nothing to pick up.',
  'sessiondelegation.error.alreadyPickedUp': 'You have already picked up this chat.',
  'sessiondelegation.error.notForYou': 'The chat is parked for {name}. Only they can pick it up.',
  'sessiondelegation.error.queued': 'The chat is waiting in the queue and has no agent yet, so there is nobody to take it from.',
  'sessiondelegation.issue.forUserId': 'Choose a person you are a delegate for, not yourself.',
  'sessiondelegation.error.delegationEnded': '{name} no longer has you as a delegate, so you can no longer write in this chat for them. {name} can pick it up.',
  'sessiondelegation.error.delegationOff': 'Your administrator has turned delegation off, so you can no longer write in this chat for {name}. {name} can pick it up.',
};

type Keys = keyof typeof sessiondelegationEn;

export const sessiondelegationDa: Record<Keys, string> = {
  'sessiondelegation.issue.delegatorView': 'Der kan kun filtreres på den, du er stedfortræder for, i listen over chats delegeret til dig (view=delegated).',
  'sessiondelegation.error.notYourDelegator': 'Du er ikke stedfortræder for denne person, så vedkommendes chats er ikke på din liste.',
  'sessiondelegation.customer.takenFor': '{name} hjælper dig nu i stedet for {for}.',
  'sessiondelegation.customer.parked': 'Et øjeblik – {for} er hos dig om lidt.',
  'sessiondelegation.customer.pickedUp': '{name} er nu med i chatten.',
  'sessiondelegation.error.notHandling': 'Kun den medarbejder, der håndterer chatten, kan parkere den.',
  'sessiondelegation.error.notTheirs': 'Du håndterer ikke denne chat for {name}. Du kan kun parkere en chat for den, du overtog den for.',
  'sessiondelegation.error.parked': 'Chatten er allerede parkeret til {name}.',
  'sessiondelegation.error.transferPending': 'Chatten er ved at blive tilbudt til {name}. Vent på svaret, eller træk tilbuddet tilbage, før du parkerer den.',
  'sessiondelegation.error.notParked': 'Chatten er ikke (længere) parkeret, så der er intet at overtage.',
  'sessiondelegation.error.alreadyPickedUp': 'Du har allerede overtaget denne chat.',
  'sessiondelegation.error.notForYou': 'Chatten er parkeret til {name}. Kun vedkommende kan overtage den.',
  'sessiondelegation.error.queued': 'Chatten venter i køen og har endnu ingen medarbejder, så der er ingen at overtage den fra.',
  'sessiondelegation.issue.forUserId': 'Vælg en person, du er stedfortræder for – ikke dig selv.',
  'sessiondelegation.error.delegationEnded': 'Du er ikke længere stedfortræder for {name}, så du kan ikke længere skrive i denne chat for vedkommende. {name} kan overtage den.',
  'sessiondelegation.error.delegationOff': 'Din administrator har slået stedfortrædere fra, så du kan ikke længere skrive i denne chat for {name}. {name} kan overtage den.',
};

export const sessiondelegationSv: Record<Keys, string> = {
  'sessiondelegation.issue.delegatorView': 'Det går bara att filtrera på den du är ombud för i listan över chattar som delegerats till dig (view=delegated).',
  'sessiondelegation.error.notYourDelegator': 'Du är inte ombud för den här personen, så personens chattar finns inte i din lista.',
  'sessiondelegation.customer.takenFor': '{name} hjälper dig nu i stället för {for}.',
  'sessiondelegation.customer.parked': 'Ett ögonblick – {for} är hos dig om en liten stund.',
  'sessiondelegation.customer.pickedUp': '{name} är nu med i chatten.',
  'sessiondelegation.error.notHandling': 'Bara den medarbetare som hanterar chatten kan parkera den.',
  'sessiondelegation.error.notTheirs': 'Du hanterar inte den här chatten åt {name}. Du kan bara parkera en chatt åt den du tog över den åt.',
  'sessiondelegation.error.parked': 'Chatten är redan parkerad åt {name}.',
  'sessiondelegation.error.transferPending': 'Chatten erbjuds just nu till {name}. Vänta på svaret eller dra tillbaka erbjudandet innan du parkerar den.',
  'sessiondelegation.error.notParked': 'Chatten är inte (längre) parkerad, så det finns inget att ta över.',
  'sessiondelegation.error.alreadyPickedUp': 'Du har redan tagit över den här chatten.',
  'sessiondelegation.error.notForYou': 'Chatten är parkerad åt {name}. Bara den personen kan ta över den.',
  'sessiondelegation.error.queued': 'Chatten väntar i kön och har ingen medarbetare än, så det finns ingen att ta över den från.',
  'sessiondelegation.issue.forUserId': 'Välj en person som du är ombud för – inte dig själv.',
  'sessiondelegation.error.delegationEnded': 'Du är inte längre ombud för {name}, så du kan inte längre skriva i den här chatten åt den personen. {name} kan ta över den.',
  'sessiondelegation.error.delegationOff': 'Din administratör har stängt av delegering, så du kan inte längre skriva i den här chatten åt {name}. {name} kan ta över den.',
};
