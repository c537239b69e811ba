/** `sampleSum` (bench/lib.ts), which P3 reads the portal's `/metrics` with. */
import { describe, expect, it } from 'vitest';
import { sampleSum } from '../../bench/lib.js';

const EXPOSITION = `# HELP portal_pingone_token_requests_total Worker-token requests
# TYPE portal_pingone_token_requests_total counter
portal_pingone_token_requests_total{outcome="ok"} 4
portal_pingone_token_requests_total{outcome="error"} 1
portal_pingone_request_duration_seconds_bucket{le="0.025",operation="users.list",status="200"} 7
portal_pingone_request_duration_seconds_count{operation="users.list",status="200"} 30
portal_pingone_request_duration_seconds_count{operation="users.list",status="401"} 3
portal_pingone_request_duration_seconds_count{operation="token",status="200"} 4
portal_pingone_request_duration_seconds_count_extra{operation="token",status="401"} 99
process_start_time_seconds 1764470000
`;

describe('sampleSum', () => {
  it('adds the samples of one metric, optionally those with a label', () => {
    expect(sampleSum(EXPOSITION, 'portal_pingone_token_requests_total')).toBe(5);
    expect(sampleSum(EXPOSITION, 'portal_pingone_request_duration_seconds_count')).toBe(37);
    expect(
      sampleSum(EXPOSITION, 'portal_pingone_request_duration_seconds_count', 'status="401"'),
    ).toBe(3);
    expect(sampleSum(EXPOSITION, 'process_start_time_seconds')).toBe(1764470000);
    expect(sampleSum(EXPOSITION, 'absent_total')).toBe(0);
  });
});
