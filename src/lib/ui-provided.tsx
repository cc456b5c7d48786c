// The language and the dataset change seldom, and nearly every part reads one of them. The app
// reads each once, at its root, and hands them down by context: a filter change then asks two
// readers whether they changed, not every translated part on the page (about 600 on the overview).
import { createContext, use, type ReactNode } from 'react';
import { selectDataset, selectLang, useProvidedUiValue, useUiStore } from './ui-store';
import type { DatasetId, Lang } from './view-state';

const LangContext = createContext<Lang | null>(null);
const DatasetContext = createContext<DatasetId | null>(null);

/** Provides the store's language and dataset to everything below. */
export function UiProvided({ children }: { children: ReactNode }) {
  const lang = useUiStore(selectLang);
  const dataset = useUiStore(selectDataset);
  return (
    <LangContext value={lang}>
      <DatasetContext value={dataset}>{children}</DatasetContext>
    </LangContext>
  );
}

/** The current language (from `UiProvided`, or from the store where nothing provides it). */
export const useLang = (): Lang => useProvidedUiValue(use(LangContext), selectLang);

/** The dataset shown (from `UiProvided`, or from the store where nothing provides it). */
export const useDatasetId = (): DatasetId => useProvidedUiValue(use(DatasetContext), selectDataset);
