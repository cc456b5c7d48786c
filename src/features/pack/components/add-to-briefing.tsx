import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { MAX_ITEMS } from '../model/pack';
import { openPackPage, selectPack, usePackStore } from '../pack-store';

interface Props {
  panelId: string;
  title: string;
  /** The view to pin, read when the button is pressed (so filter changes do not re-render it). */
  getView: () => { query: string; datasetVersion: string };
}

/** Pins the panel's current view into the briefing pack. */
export function AddToBriefing({ panelId, title, getView }: Props) {
  const { t } = useTranslation('pack');
  const count = usePackStore((state) => selectPack(state).items.length);
  const add = usePackStore((state) => state.add);
  const [message, setMessage] = useState('');
  return (
    <div className="add-to-briefing">
      <button
        type="button"
        aria-label={t('addFor', { title })}
        onClick={() => {
          if (count >= MAX_ITEMS) {
            setMessage(t('full', { count }));
            return;
          }
          add({ panelId, ...getView() });
          setMessage(t('added', { count: count + 1 }));
        }}
      >
        {t('add')}
      </button>
      <span role="status" className="add-to-briefing__status">
        {message}
      </span>
      {message && count > 0 ? (
        <button type="button" className="link-button" onClick={openPackPage}>
          {t('open', { count })}
        </button>
      ) : null}
    </div>
  );
}
