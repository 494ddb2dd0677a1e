import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';

/**
 * The one place the shell is chosen, at build time (VITE_SHELL, a constant the
 * bundler folds, so the other implementation is dropped from the build).
 */
export const createPlatform = (): Platform => (import.meta.env.VITE_SHELL === 'electron' ? electronPlatform() : browserPlatform());
export type { Platform } from './platform';
export { PlatformError } from './platform';
