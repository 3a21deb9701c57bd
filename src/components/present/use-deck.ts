/**
 * Hooks for the presenter: the slide number kept in the URL hash, keys, swipes, a flag
 * kept in localStorage and the Fullscreen API. Browser-only work happens in effects, so
 * the server render (every slide, no controls) and the first client render agree.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';

const clamp = (i: number, count: number) => Math.min(Math.max(i, 0), Math.max(count - 1, 0));
const fromHash = (hash: string, count: number) => {
  const m = /^#(\d+)$/.exec(hash);
  return m ? clamp(Number(m[1]) - 1, count) : 0;
};

/** The current slide (0-based), read from and written to `#3` (1-based) in the URL. */
export function useHashIndex(count: number): [number, (i: number) => void] {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    setIndex(fromHash(location.hash, count));
    const onHash = () => setIndex(fromHash(location.hash, count));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [count]);
  const go = useCallback(
    (i: number) => {
      const next = clamp(i, count);
      setIndex(next);
      // replaceState: stepping through slides should not fill the Back button's history.
      history.replaceState(history.state, '', `#${next + 1}`);
    },
    [count],
  );
  return [index, go];
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
const pressable = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('a, button, summary');

/**
 * Presenter keys: ArrowRight, PageDown and Space go on; ArrowLeft and PageUp go back;
 * Home and End jump. Space and Enter on a focused button or link keep their usual meaning.
 */
export function useDeckKeys(enabled: boolean, move: (to: 'next' | 'prev' | 'first' | 'last') => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const action =
        e.key === 'ArrowRight' || e.key === 'PageDown'
          ? 'next'
          : e.key === ' ' && !e.shiftKey
            ? pressable(e.target)
              ? undefined
              : 'next'
            : e.key === 'ArrowLeft' || e.key === 'PageUp'
              ? 'prev'
              : e.key === 'Home'
                ? 'first'
                : e.key === 'End'
                  ? 'last'
                  : undefined;
      if (!action) return;
      e.preventDefault();
      move(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, move]);
}

/** Pointer handlers for left/right swipes on touch and pen; `swiped()` says whether the last gesture was one. */
export function useSwipe(onSwipe: (dir: 'next' | 'prev') => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const last = useRef(false);
  const onPointerDown = (e: PointerEvent) => {
    start.current = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const s = start.current;
    start.current = null;
    last.current = false;
    if (!s) return;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    last.current = true;
    onSwipe(dx < 0 ? 'next' : 'prev');
  };
  const onPointerCancel = () => {
    start.current = null;
  };
  return { handlers: { onPointerDown, onPointerUp, onPointerCancel }, swiped: () => last.current };
}

/** A true/false setting kept in localStorage (false when storage is unavailable). */
export function useStoredFlag(key: string): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(false);
  useEffect(() => {
    try {
      setValue(localStorage.getItem(key) === '1');
    } catch {
      /* storage blocked: keep the default */
    }
  }, [key]);
  const set = useCallback(
    (v: boolean) => {
      setValue(v);
      try {
        localStorage.setItem(key, v ? '1' : '0');
      } catch {
        /* storage blocked: the setting lasts for this page only */
      }
    },
    [key],
  );
  return [value, set];
}

/** Whether `ref` is full screen, whether the browser allows it, and a toggle. */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [supported, setSupported] = useState(false);
  const [active, setActive] = useState(false);
  useEffect(() => {
    setSupported(document.fullscreenEnabled);
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void ref.current?.requestFullscreen().catch(() => undefined);
  }, [ref]);
  return { supported, active, toggle };
}
