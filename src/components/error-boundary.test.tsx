import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ErrorBoundary } from './error-boundary';

function Boom({ message }: { readonly message: string }): never {
  throw new Error(message);
}

beforeEach(() => {
  // React reports a caught render error on the console, and the boundary logs it: expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the message and a link back instead of the view that threw', () => {
    render(
      <ErrorBoundary homeHref="#/overview" resetKey="#/scorecards">
        <Boom message="读不出评分" />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('此视图出错了');
    expect(alert.textContent).toContain('读不出评分');
    expect(screen.getByRole('link', { name: '返回总览' }).getAttribute('href')).toBe('#/overview');
    expect(console.warn).toHaveBeenCalledWith('view failed', expect.any(Error), expect.any(String));
  });

  it('renders its children again when the reset key (the route) changes', () => {
    const { rerender } = render(
      <ErrorBoundary homeHref="#/overview" resetKey="#/scorecards">
        <Boom message="x" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ErrorBoundary homeHref="#/overview" resetKey="#/overview">
        <p>总览</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('总览')).toBeTruthy();
  });

  it('shows the message of a hostile error as text', () => {
    render(
      <ErrorBoundary homeHref="#/overview" resetKey="k">
        <Boom message={'<img src=x onerror="globalThis.__pwned=1">'} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('<img src=x onerror=');
    expect(document.querySelector('img')).toBeNull();
  });
});
