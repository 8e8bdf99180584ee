/** Keeps one broken view from blanking the page: shows a message and a way back. */
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Where "back" leads. */
  readonly homeHref: string;
  /** Changing this key resets the boundary (e.g. the route). */
  readonly resetKey: string;
}

interface State {
  readonly error: Error | null;
  readonly key: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <h2>此视图出错了</h2>
        <p>{this.state.error.message}</p>
        <p>
          <a href={this.props.homeHref}>返回总览</a>
        </p>
      </div>
    );
  }
}
