type User = { username: string; password: string };
export const SECURE: { plaintext: string; sasl: string; ssl: string; mtls: string; saslSsl: string };
export const USERS: { plain: User; scram256: User; scram512: User };
export type CertificateFiles = { ca: string; otherCa: string; clientCert: string; clientKey: string };
export function makeCertificates(dir: string): CertificateFiles;
export function startSecureBroker(): Promise<CertificateFiles>;
export function stopSecureBroker(): Promise<void>;
