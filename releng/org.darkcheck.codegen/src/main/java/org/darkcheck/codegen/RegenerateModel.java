package org.darkcheck.codegen;

import java.io.File;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator headless on a .genmodel: model code and edit code, as
 * the EMF "Generate Model Code / Edit Code" actions would in an IDE.
 *
 * <p>Arguments: the folder that holds the bundles (each bundle a folder named
 * by its symbolic name, mapped to {@code platform:/resource/<name>/}), then
 * the genmodel path relative to that folder.
 */
public final class RegenerateModel {

    private RegenerateModel() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RegenerateModel BUNDLES_DIR BUNDLE/model/X.genmodel");
            System.exit(2);
        }
        File bundles = new File(args[0]).getAbsoluteFile();
        File[] projects = bundles.listFiles(File::isDirectory);
        if (projects == null) {
            throw new IllegalArgumentException("not a folder: " + bundles);
        }
        for (File project : projects) {
            EcorePlugin.getPlatformResourceMap().put(project.getName(),
                    URI.createFileURI(project.getPath() + File.separator));
        }

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI genModelUri = URI.createPlatformResourceURI(args[1], true);
        Resource resource = resources.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("genmodel is invalid: " + valid);
            System.exit(1);
        }

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        int failures = 0;
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            System.out.println(type + ": " + (result.getSeverity() == Diagnostic.OK ? "ok" : result));
            if (result.getSeverity() == Diagnostic.ERROR) {
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
