import type { PageMessages } from "#domain/i18n/format-message.ts";
import type { Locale, Role } from "#vocabulary/vocabulary.ts";

export interface ShellUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  passwordChangeRequired: boolean;
}

export interface ShellOffice {
  id: string;
  name: Record<Locale, string>;
  address: string;
  phone: string | null;
  email: string | null;
  isHeadOffice: boolean;
  open: boolean;
}

export interface RootData {
  locale: Locale;
  /** The shell's messages (root.tsx handle), in `locale`. */
  messages: PageMessages;
  user: ShellUser | null;
  /** The logged-in user's unread notifications (0 without a user). */
  unreadNotifications: number;
  offices: ShellOffice[];
  /** What the previous answer left to say ("Payment approved"), in the page's language, once. */
  notice: { tone: "success" | "info"; message: string } | null;
}
