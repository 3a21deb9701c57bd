/**
 * Wraps an island so a rendering error shows a short message with a way on, instead of an
 * empty area. Shared by every island. React only sends errors thrown while rendering here;
 * islands catch their own errors in effects and event handlers (failed loads say so and
 * offer "Try again").
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ui } from '../lib/ui-strings.ts';

export interface ErrorBoundaryProps {
  /** This part of the page, as the start of a sentence: "The route finder". */
  name: string;
  /** Where the same information is without this part: shown as links. */
  links: { href: string; label: string }[];
  children: ReactNode;
}

export default class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever opens the console: the message on screen stays plain.
    console.error(`${this.props.name} stopped working`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { name, links } = this.props;
    return (
      <div className="island-error" role="alert">
        <p>{ui.brokenPart(name)}</p>
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
        <p>
          <button type="button" className="button secondary" onClick={() => this.setState({ failed: false })}>
            {ui.tryAgain}
          </button>
        </p>
      </div>
    );
  }
}
