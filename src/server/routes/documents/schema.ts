// Request shapes of /api/documents: the command's input.
export { DocumentCreate } from '../../../commands/documents.ts';
