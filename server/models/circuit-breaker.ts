// One circuit breaker per provider + model, in process. After `threshold`
// consecutive failures the circuit opens and calls skip that model for
// `coolDownMs`; then it half-opens and lets one trial call through, which
// closes it on success or opens it again on failure.
export type TBreakerState = "closed" | "open" | "half_open";
export type TBreakerOptions = { threshold: number; coolDownMs: number; now?: () => number };

type TCircuit = { failures: number; openedAt: number | null; trialInFlight: boolean };

export class CircuitBreakers {
  private readonly circuits = new Map<string, TCircuit>();
  private readonly now: () => number;

  constructor(private readonly options: TBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  private circuit(key: string): TCircuit {
    let c = this.circuits.get(key);
    if (!c) this.circuits.set(key, (c = { failures: 0, openedAt: null, trialInFlight: false }));
    return c;
  }

  state(key: string): TBreakerState {
    const c = this.circuits.get(key);
    if (!c || c.openedAt === null) return "closed";
    return this.now() - c.openedAt >= this.options.coolDownMs ? "half_open" : "open";
  }

  /** May a call go to this model now? In half-open state only one trial at a time. */
  tryAcquire(key: string): boolean {
    const state = this.state(key);
    if (state === "closed") return true;
    if (state === "open") return false;
    const c = this.circuit(key);
    if (c.trialInFlight) return false;
    c.trialInFlight = true;
    return true;
  }

  /** Milliseconds until an open circuit half-opens. */
  retryInMs(key: string): number {
    const c = this.circuits.get(key);
    return c?.openedAt == null ? 0 : Math.max(0, this.options.coolDownMs - (this.now() - c.openedAt));
  }

  recordSuccess(key: string): void {
    this.circuits.set(key, { failures: 0, openedAt: null, trialInFlight: false });
  }

  recordFailure(key: string): void {
    const c = this.circuit(key);
    const wasTrial = c.trialInFlight;
    c.trialInFlight = false;
    c.failures += 1;
    if (wasTrial || c.failures >= this.options.threshold) c.openedAt = this.now();
  }

  /** A call that ended for a reason that says nothing about the model (bad request, cancel). */
  release(key: string): void {
    const c = this.circuits.get(key);
    if (c) c.trialInFlight = false;
  }

  reset(): void {
    this.circuits.clear();
  }
}
