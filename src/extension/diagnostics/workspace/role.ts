/** The workspace check worker's thread role on the desktop (see threads/workerRole.ts). */
import { workerRole } from '../../../threads/workerRole';
import type { CheckReply, CheckRequest } from './protocol';

export const workspaceCheckRole = workerRole<CheckRequest, CheckReply>('gradexpWorkspaceCheck');
