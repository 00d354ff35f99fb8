import { useRef, useState } from 'react'

/**
 * The year and month a screen shows, kept in a ref so the one-call loader reads the latest
 * choice, and in state so the screen redraws while it loads.
 */
export function usePeriod(initial: { year: number; month: string | null }) {
  const ref = useRef(initial)
  const [period, setPeriod] = useState(initial)
  const choose = (next: { year: number; month: string | null }) => {
    ref.current = next
    setPeriod(next)
  }
  return { ref, period, choose }
}
