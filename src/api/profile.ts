/**
 * The first view's API shape (GET /api/audit/profile), shared by the server and the web app: the `profile --json`
 * report of the latest run, with each network's profile photo as a small JPEG data URI.
 */
import type { Platform } from '../core/item.js';
import type { ProfileReport } from '../report/profile-json.js';

export type FirstView = ProfileReport & { thumbnails: Partial<Record<Platform, string>> };
