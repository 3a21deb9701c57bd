/**
 * "Save to my list" inside React views (a route): the same markup as SaveButton.astro. The
 * behaviour is one script for every Save button (shortlist/save-buttons.ts): an island
 * loads it when it mounts; on server-rendered pages the header's My list link loads it.
 */
import { useEffect } from 'react';
import { itemKey, type ShortlistItem } from '../lib/shortlist';
import '../styles/shortlist.css';

export default function SaveButton({ item, label = 'Save to my list' }: { item: ShortlistItem; label?: string }) {
  useEffect(() => {
    void import('./shortlist/save-buttons');
  }, []);
  return (
    <span className="save-control">
      <button type="button" className="button secondary save-button" data-save={itemKey(item)} aria-pressed="false" hidden>
        <span className="save-tick" aria-hidden="true" />
        {label}
      </button>
      <span className="save-status" role="status" data-save-status />
    </span>
  );
}
