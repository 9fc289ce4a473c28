// The server's custom messages as typed requests for the language client. The contract
// itself (names, parameters, replies, shared constants) is server/src/protocol.ts, which the
// server imports too.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageclient/node';
import {
  DESCRIBE_PHRASING_REQUEST, LINT_WORKSPACE_REQUEST, PHRASING_AT_REQUEST, PHRASINGS_REQUEST, STATUS_NOTIFICATION,
  type DescribePhrasingParams, type LintWorkspaceResult, type PhrasingAtParams, type PhrasingDescription, type PhrasingsResult,
  type TermBaseStatus,
} from '../../server/src/protocol';

export * from '../../server/src/protocol';

export const PhrasingsRequest = new RequestType0<PhrasingsResult | null, void>(PHRASINGS_REQUEST);
export const PhrasingAtRequest = new RequestType<PhrasingAtParams, PhrasingDescription | null, void>(PHRASING_AT_REQUEST);
export const DescribePhrasingRequest = new RequestType<DescribePhrasingParams, PhrasingDescription | null, void>(DESCRIBE_PHRASING_REQUEST);
export const LintWorkspaceRequest = new RequestType0<LintWorkspaceResult, void>(LINT_WORKSPACE_REQUEST);
export const TermBaseStatusNotification = new NotificationType<TermBaseStatus>(STATUS_NOTIFICATION);
