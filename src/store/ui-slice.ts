/** UI preferences kept across visits (persisted; see PERSISTED in index.ts). */
import type { StateCreator } from 'zustand';

import type { DashboardState } from './index';

export interface UiSlice {
  readonly highContrast: boolean;
  readonly setHighContrast: (on: boolean) => void;
}

export const createUiSlice: StateCreator<DashboardState, [], [], UiSlice> = (set) => ({
  highContrast: false,
  setHighContrast: (on) => set({ highContrast: on }),
});
