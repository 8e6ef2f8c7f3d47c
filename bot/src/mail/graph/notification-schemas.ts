/** The bodies Graph posts to the notification and lifecycle endpoints (only the fields we read). */
import { z } from 'zod';

/** A longer validationToken is refused (Graph's are a few hundred characters). */
export const MAX_VALIDATION_TOKEN_BYTES = 1024;

const ChangeNotificationSchema = z.object({
  subscriptionId: z.string(),
  changeType: z.string(),
  clientState: z.string().nullish(),
  resource: z.string().optional(),
  resourceData: z.object({ id: z.string().min(1).max(512) }).optional(),
});
/** One change notification (`changeNotification`). */
export type ChangeNotification = z.infer<typeof ChangeNotificationSchema>;

/** `changeNotificationCollection` for message changes. */
export const ChangeNotificationCollectionSchema = z.object({ value: z.array(ChangeNotificationSchema).max(1000) });

const LifecycleNotificationSchema = z.object({
  subscriptionId: z.string(),
  clientState: z.string().nullish(),
  lifecycleEvent: z.string(),
});
/** One lifecycle notification; events we do not know are ignored. */
export type LifecycleNotification = z.infer<typeof LifecycleNotificationSchema>;

export const LifecycleNotificationCollectionSchema = z.object({ value: z.array(LifecycleNotificationSchema).max(1000) });
