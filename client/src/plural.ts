/** "1 finding", "3 findings": counts as the messages say them. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
