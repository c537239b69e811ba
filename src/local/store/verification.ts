/** Verification codes (account and e-mail), keyed by user id and kind. */
import { type Connection, first, upsertSql } from './database.js';
import { rowMapping } from './mapping.js';
import type { Store, VerificationRecord } from './types.js';

const VERIFICATION_ROW = rowMapping<VerificationRecord>({
  user_id: 'userId',
  kind: 'kind',
  code_hash: 'codeHash',
  email: 'email',
  expires_at: 'expiresAt',
  failures: 'failures',
});

type VerificationMethods = Pick<
  Store,
  'getVerification' | 'putVerification' | 'deleteVerification'
> & {
  /** Deletes the user's codes (with the user). */
  forgetUserCodes(userId: string): void;
};

/** The verification code methods of the store. */
export function verificationStore(conn: Connection): VerificationMethods {
  const st = {
    get: conn.statement('SELECT * FROM verification_codes WHERE user_id = ? AND kind = ?'),
    put: conn.statement(
      upsertSql('verification_codes', ['user_id', 'kind'], VERIFICATION_ROW.columns),
    ),
    delete: conn.statement('DELETE FROM verification_codes WHERE user_id = ? AND kind = ?'),
    forget: conn.statement('DELETE FROM verification_codes WHERE user_id = ?'),
  };
  return {
    getVerification: (userId, kind) => first(st.get, VERIFICATION_ROW.toRecord, userId, kind),
    putVerification: (r) => void st.put.run(VERIFICATION_ROW.params(r)),
    deleteVerification: (userId, kind) => void st.delete.run(userId, kind),
    forgetUserCodes: (userId) => void st.forget.run(userId),
  };
}
