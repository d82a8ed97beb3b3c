import { onPrimary } from '@parley/db';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs mutations with every read on the primary database, so what a mutation returns
 * includes what it has just written, whatever the lag of the read replicas.
 */
export function useReadYourWrites(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      setExecuteFn((mutation) => onPrimary(() => executeFn(mutation)));
    },
  };
}
