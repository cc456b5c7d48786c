// React.lazy with a way to load the code ahead of rendering. Once loaded, the component renders
// directly (it never suspends), so a page rendered at build time and the page hydrating that
// markup can both load the parts first and draw them whole — no Suspense fallback in the
// prerendered markup, no client-side re-render on hydration.
import { createElement, lazy, useState, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  preload: () => Promise<void>;
}

export function preloadable<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  const remember = (module: M) => {
    loaded = pick(module);
    return loaded;
  };
  const Lazy = lazy(() => load().then((module) => ({ default: remember(module) })));
  // The type is chosen once per mount: switching from the lazy wrapper to the loaded component
  // on a later render would be a different element type, and React would rebuild the part
  // (losing its state: a table toggle, a notice just shown).
  const Component = (props: P) => {
    const [type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(type, props);
  };
  Component.preload = () =>
    load()
      .then(remember)
      .then(() => undefined);
  return Component;
}
