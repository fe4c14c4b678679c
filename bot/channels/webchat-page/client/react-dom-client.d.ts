/**
 * The one React DOM entry point the page uses. @types/react-dom is not installed; this
 * declares just what main.ts calls, from React 18+'s documented API.
 */
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export type Root = { render(children: ReactNode): void; unmount(): void };
  export function createRoot(container: Element): Root;
}
