import type { Environment } from '@marcbachmann/cel-js';
export function filterEnvironment(): Environment;
