/**
 * Choose a job or qualification by typing (typo tolerant, through the site's search module,
 * loaded on first use) or from a list. The WAI-ARIA combobox pattern. If the search index
 * cannot load, typing says so and offers "Try again"; the list still works.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ui } from '../../lib/ui-strings';
import type { LoadSearcher } from '../search-loader';

export interface Place {
  id: string;
  title: string;
  group: string;
}

interface Props {
  label: string;
  hint: string;
  places: Place[];
  value: string;
  onChange: (id: string) => void;
  kinds: ('role' | 'qualification' | 'previous-job')[];
  /** Loads the search index once for the whole route finder (both pickers share it). */
  loadSearcher: LoadSearcher;
}

export default function PlacePicker({ label, hint, places, value, onChange, kinds, loadSearcher }: Props) {
  const id = useId();
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const [text, setText] = useState(byId.get(value)?.title ?? '');
  const [options, setOptions] = useState<Place[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  // A value set from outside (a shared address, the list) shows in the text box too.
  useEffect(() => {
    if (document.activeElement !== inputRef.current) setText(byId.get(value)?.title ?? '');
  }, [value, byId]);

  const choose = (p: Place) => {
    setText(p.title);
    setOpen(false);
    setActive(-1);
    onChange(p.id);
  };
  const query = async (q: string) => {
    const mine = ++seq.current;
    if (!q.trim()) return setOptions([]);
    const searcher = await loadSearcher().catch(() => undefined);
    if (mine !== seq.current) return;
    setFailed(!searcher);
    if (!searcher) {
      setOptions([]);
      setOpen(false);
      return;
    }
    const hits = searcher
      .search(q, { kinds }, 8)
      .map((r) => byId.get(r.doc.id))
      .filter((p): p is Place => p !== undefined);
    setOptions(hits);
    setActive(hits.length ? 0 : -1);
    setOpen(true);
  };
  const retry = async () => {
    const ok = await loadSearcher().then(
      () => true,
      () => false,
    );
    setFailed(!ok);
    if (ok && text.trim()) await query(text);
    inputRef.current?.focus();
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };
  const groups = [...new Set(places.map((p) => p.group))];
  return (
    <div className="place-picker">
      <label htmlFor={`${id}-input`} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="combo">
        <input
          id={`${id}-input`}
          ref={inputRef}
          className="search-input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={`${id}-list`}
          aria-describedby={failed ? `${id}-hint ${id}-failed` : `${id}-hint`}
          aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            void query(e.target.value);
          }}
          onKeyDown={onKey}
          onFocus={() => void loadSearcher().catch(() => undefined)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern's popup: a list given role=listbox, its items role=option */}
        <ul id={`${id}-list`} role="listbox" aria-label={label} className="combo-list" hidden={!open || options.length === 0}>
          {options.map((p, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: combobox options are not focused; focus stays in the input, which handles the keys and points here with aria-activedescendant (WAI-ARIA APG combobox pattern)
            <li
              key={p.id}
              id={`${id}-opt-${i}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an item of the listbox above, given role=option as the combobox pattern asks
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
            >
              {p.title} <span className="meta">{p.group}</span>
            </li>
          ))}
        </ul>
      </div>
      {failed && (
        <div className="picker-failed">
          <p id={`${id}-failed`} role="alert">
            {ui.routeFinder.pickerFailed}
          </p>
          <button type="button" className="button secondary" onClick={() => void retry()}>
            {ui.tryAgain}
          </button>
        </div>
      )}
      <label htmlFor={`${id}-select`} className="field-label-small">
        Or choose from the list
      </label>
      <select
        id={`${id}-select`}
        value={value}
        onChange={(e) => {
          const p = byId.get(e.target.value);
          if (p) choose(p);
        }}
      >
        {!value && <option value="">Choose…</option>}
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {places
              .filter((p) => p.group === g)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
